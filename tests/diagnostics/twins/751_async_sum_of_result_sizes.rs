//! mistake: sums awaited file sizes that are still `io::Result<u64>` into a `u64`
//! offending: sum()
//! category: async
async fn size(path: &str) -> std::io::Result<u64> {
    Ok(std::fs::metadata(path)?.len())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["Cargo.toml", "README.md"];
    let mut sizes = Vec::new();
    for p in &paths {
        sizes.push(size(p).await);
    }
    let total: u64 = sizes.iter().sum();
    println!("{total}");
}
