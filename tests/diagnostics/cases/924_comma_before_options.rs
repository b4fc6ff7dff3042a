//! mistake: separated the options from the clauses with a comma, as in a Python call's keyword argument, instead of `;`
//! offending: , concurrency = 4
//! category: syntax
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn sizes(urls: &[&str]) -> Vec<usize> {
    acomp![fetch(u).await for u in urls, concurrency = 4]
}

fn main() {
    let v = futures::executor::block_on(sizes(&["a", "bb"]));
    println!("{v:?}");
}
