import { render } from 'preact';
import '../shared/pages.css';
import './popup.css';
import { Popup } from './Popup.tsx';

render(<Popup />, document.getElementById('app')!);
