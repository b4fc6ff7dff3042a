//! mistake: asks a lazy acomp! stream for its len(), as for a Python list
//! offending: len()
//! category: async
use comprehensions::acomp;

async fn fetch(id: u32) -> String {
    format!("page {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let pages = acomp!((fetch(id).await for id in ids));
    println!("fetched {} pages", pages.len());
}
