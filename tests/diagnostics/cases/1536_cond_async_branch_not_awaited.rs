//! mistake: in an async conditional element only the first branch is awaited
//! offending: fetch(1)
//! category: async
use comprehensions::acomp;

async fn fetch(id: u32) -> String {
    format!("item{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![2, 0, 3];
    let items = acomp![fetch(id).await if id > 0 else fetch(1) for id in ids];
    println!("{items:?}");
}
