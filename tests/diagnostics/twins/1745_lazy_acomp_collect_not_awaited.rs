//! mistake: `.collect()` on a lazy `acomp!((..))` stream without `.await`, assigned to a `Vec`
//! offending: collect()
//! category: async
use futures::{stream, StreamExt};

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let names: Vec<String> = stream::iter(ids).then(fetch_name).collect();
    println!("{names:?}");
}
