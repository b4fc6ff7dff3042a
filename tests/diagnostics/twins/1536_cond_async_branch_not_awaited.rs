//! mistake: in an async conditional element only the first branch is awaited
//! offending: fetch(1)
//! category: async
async fn fetch(id: u32) -> String {
    format!("item{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![2, 0, 3];
    let mut items = Vec::new();
    for id in ids {
        items.push(if id > 0 { fetch(id).await } else { fetch(1) });
    }
    println!("{items:?}");
}
