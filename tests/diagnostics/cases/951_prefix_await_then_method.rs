//! mistake: prefix `await body(u).len()` meaning `(await body(u)).len()`: the prefix awaits the whole chain
//! offending: len
//! category: async
use comprehensions::acomp;

async fn body(url: &str) -> String {
    format!("<html>{url}</html>")
}

async fn sizes(urls: &[&str]) -> Vec<usize> {
    acomp![await body(u).len() for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(sizes(&["a", "bb"])));
}
