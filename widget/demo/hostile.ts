// The hostile page: its stylesheet resets and restyles every element it can reach.
import './hostile.css';
