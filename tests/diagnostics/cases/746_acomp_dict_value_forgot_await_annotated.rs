//! mistake: forgets `.await` on an async call in a dict comprehension's value, the map being annotated `HashMap<u32, u32>`
//! offending: score(id)
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

async fn score(id: u32) -> u32 {
    id % 7
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let scores: HashMap<u32, u32> = acomp!({id: score(id) for id in ids});
    println!("{scores:?}");
}
