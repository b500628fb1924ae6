// The Bootstrap page: the framework's full stylesheet, from npm, around the widget.
import 'bootstrap/dist/css/bootstrap.min.css';
import './demo.ts';
