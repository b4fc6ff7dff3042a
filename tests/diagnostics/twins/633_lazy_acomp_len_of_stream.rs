//! mistake: asks a lazy acomp! stream for its len(), as for a Python list
//! category: async
use futures::StreamExt;

async fn fetch(id: u32) -> String {
    format!("page {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let pages = futures::stream::iter(ids).then(fetch);
    println!("fetched {} pages", pages.len());
}
