//! mistake: under `concurrency = 4`, each item's `spawn_blocking(move || ..)` moves the outer `salt: String` into its closure (Python's closures just share it)
//! offending: move || checksum(&salt, id)
//! category: async
use comprehensions::acomp;

fn checksum(salt: &str, id: u64) -> u64 {
    salt.bytes().map(u64::from).sum::<u64>() * id
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let salt = String::from("pepper");
    let ids = vec![1u64, 2, 3];
    let sums = acomp![tokio::task::spawn_blocking(move || checksum(&salt, id)).await.unwrap() for id in ids; concurrency = 4];
    println!("{sums:?}");
}
