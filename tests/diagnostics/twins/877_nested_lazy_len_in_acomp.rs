//! mistake: Python's `len([w for w in ..])` written on a lazy filter, whose iterator has no `len`
//! offending: len
//! category: python-habit
async fn fetch(url: &str) -> String {
    format!("body of {url} with some words")
}

async fn run(urls: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u).await.split_whitespace().filter(|w| w.len() > 3).len());
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a", "b"])));
}
