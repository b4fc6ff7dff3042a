//! mistake: forgets `.await` on an async call in a dict comprehension's value, the map being annotated `HashMap<u32, u32>`
//! offending: score(id)
//! category: async
use std::collections::HashMap;

async fn score(id: u32) -> u32 {
    id % 7
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let mut scores: HashMap<u32, u32> = HashMap::new();
    for id in ids {
        scores.insert(id, score(id));
    }
    println!("{scores:?}");
}
