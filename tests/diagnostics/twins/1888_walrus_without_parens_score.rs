//! mistake: Python walrus without its parentheses in the filter (`if s := await score(k) > 50`)
//! offending: s := score(k).await
//! category: python-habit
async fn score(key: &str) -> u32 {
    key.len() as u32 * 20
}

async fn run() {
    let keys = vec!["ab", "abcd"];
    let mut hot = Vec::new();
    for k in &keys {
        if s := score(k).await > 50 {
            hot.push((k, s));
        }
    }
    println!("{hot:?}");
}

fn main() {
    futures::executor::block_on(run());
}
