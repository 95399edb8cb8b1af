// The sandbox's web page: a small Rocket.Chat-like client over the sandbox's REST routes and live channel, with
// Rocket.Chat's own components (fuselage) and UI Kit renderer (fuselage-ui-kit) for what apps show.
import '@rocket.chat/icons/dist/rocketchat.css';
import './page.css';

import { render } from 'react-dom';

import { App } from './App';

render(<App />, document.getElementById('root'));
