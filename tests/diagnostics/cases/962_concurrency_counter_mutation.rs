//! mistake: counted finished items with `done += 1` in the element under `concurrency`, as Python's coroutines under `gather` can
//! offending: done += 1
//! category: python-habit
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn crawl(urls: &[&str]) -> (Vec<usize>, u32) {
    let mut done = 0;
    let sizes = acomp![{ done += 1; fetch(u).await } for u in urls; concurrency = 8];
    (sizes, done)
}

fn main() {
    println!("{:?}", futures::executor::block_on(crawl(&["a", "bb"])));
}
