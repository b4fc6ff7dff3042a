//! mistake: `.try_collect()` on a lazy `acomp!` stream with `?` (of `Result` items) without importing `TryStreamExt`
//! offending: try_collect
//! category: async
use comprehensions::acomp;
use std::num::ParseIntError;

async fn load(raw: &str) -> Result<u32, ParseIntError> {
    raw.trim().parse()
}

async fn load_all(raws: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    acomp!((load(r).await? for r in raws)).try_collect().await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load_all(&["1", " 2"]).await);
}
