//! Entry point: installs the panic recovery, then renders the simulator.

fn main() {
    booster_ia_simulator::install_recovery();
    yew::Renderer::<booster_ia_simulator::App>::new().render();
}
