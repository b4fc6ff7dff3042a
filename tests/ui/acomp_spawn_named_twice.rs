use comprehensions::acomp;

async fn run(client: std::sync::Arc<String>) -> Vec<usize> {
    acomp![client.len() + x for x in 0..3; concurrency = 2, spawn(client, client)]
}

fn main() {
    let _ = run(std::sync::Arc::default());
}
