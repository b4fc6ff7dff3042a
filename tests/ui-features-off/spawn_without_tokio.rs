use comprehensions::acomp;

async fn double(x: u64) -> u64 {
    x * 2
}

async fn run() -> Vec<u64> {
    acomp![double(x).await for x in 0..3; concurrency = 2, spawn]
}

fn main() {
    let _ = run();
}
