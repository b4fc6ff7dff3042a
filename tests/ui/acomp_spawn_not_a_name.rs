use comprehensions::acomp;

async fn run(client: &str) -> Vec<usize> {
    acomp![client.len() + x for x in 0..3; concurrency = 2, spawn(client.clone())]
}

fn main() {
    let _ = run("a");
}
