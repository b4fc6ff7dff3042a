//! mistake: `.collect()` on a lazy `acomp!((..))` stream without `.await`, assigned to a `Vec`
//! offending: collect()
//! category: async
use comprehensions::{acomp, StreamExt};

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let names: Vec<String> = acomp!((fetch_name(id).await for id in ids)).collect();
    println!("{names:?}");
}
