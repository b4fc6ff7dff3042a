//! mistake: in `buffered(4)`, each item's `spawn_blocking(move || ..)` moves the outer `salt: String` into its closure (Python's closures just share it)
//! offending: move || checksum(&salt, id)
//! category: async
use futures::stream::{self, StreamExt};

fn checksum(salt: &str, id: u64) -> u64 {
    salt.bytes().map(u64::from).sum::<u64>() * id
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let salt = String::from("pepper");
    let ids = vec![1u64, 2, 3];
    let sums: Vec<u64> = stream::iter(ids)
        .map(|id| tokio::task::spawn_blocking(move || checksum(&salt, id)))
        .buffered(4)
        .map(|r| r.unwrap())
        .collect()
        .await;
    println!("{sums:?}");
}
