//! mistake: sums awaited file sizes that are still `io::Result<u64>` into a `u64`
//! offending: sum()
//! category: async
use comprehensions::acomp;

async fn size(path: &str) -> std::io::Result<u64> {
    Ok(std::fs::metadata(path)?.len())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["Cargo.toml", "README.md"];
    let total: u64 = acomp![size(p).await for p in &paths].iter().sum();
    println!("{total}");
}
