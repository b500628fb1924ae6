import { render } from 'preact';
import '../shared/pages.css';
import { Options } from './Options.tsx';

render(<Options />, document.getElementById('app')!);
