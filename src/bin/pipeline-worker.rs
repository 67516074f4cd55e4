//! The pipeline worker's entry point (built by trunk as a Web Worker, `data-type="worker"`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    iom_explorer::pipeline_worker::serve();
}
