//! mistake: awaited after `.len()` instead of before it, `body(u).len().await`
//! offending: len
//! category: async
async fn body(url: &str) -> String {
    format!("<html>{url}</html>")
}

async fn sizes(urls: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for u in urls {
        out.push(body(u).len().await);
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(sizes(&["a", "bb"])));
}
