//! mistake: Python's `len([w for w in ..])` written with a generator `(..)`, whose iterator has no `len`
//! offending: len
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("body of {url} with some words")
}

async fn run(urls: &[&str]) -> Vec<usize> {
    acomp![(w for w in fetch(u).await.split_whitespace() if w.len() > 3).len() for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a", "b"])));
}
