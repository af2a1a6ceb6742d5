//! Entry point: renders the simulator into the page.

fn main() {
    yew::Renderer::<booster_ia_simulator::App>::new().render();
}
