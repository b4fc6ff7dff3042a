//! mistake: forgot to await the `spawn_blocking` handle (Python's `await loop.run_in_executor(None, checksum, data)` without the `await`)
//! offending: tokio::task::spawn_blocking(move || checksum(data))
//! category: async
use comprehensions::acomp;

fn checksum(data: Vec<u8>) -> u64 {
    data.iter().map(|b| *b as u64).sum()
}

async fn load(name: &str) -> Vec<u8> {
    name.as_bytes().to_vec()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let files = vec!["a.bin", "b.bin"];
    let sums: Vec<u64> = acomp![tokio::task::spawn_blocking(move || checksum(data)) for f in &files let data = load(f).await];
    println!("{sums:?}");
}
