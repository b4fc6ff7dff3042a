//! mistake: awaits a `Vec` of boxed loader futures into a `Vec<u64>`, each output still an `io::Result<u64>`
//! offending: f.await
//! category: async
use std::future::Future;
use std::pin::Pin;

type Job = Pin<Box<dyn Future<Output = std::io::Result<u64>>>>;

async fn size(path: &'static str) -> std::io::Result<u64> {
    Ok(std::fs::metadata(path)?.len())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs: Vec<Job> = vec![Box::pin(size("Cargo.toml")), Box::pin(size("README.md"))];
    let mut sizes: Vec<u64> = Vec::new();
    for f in jobs {
        sizes.push(f.await);
    }
    println!("{sizes:?}");
}
