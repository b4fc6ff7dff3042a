//! mistake: the `=` of `concurrency = 8` was deleted
//! offending: 8
//! category: syntax
use comprehensions::acomp;

async fn thumb(path: &str) -> Vec<u8> {
    path.as_bytes().to_vec()
}

async fn run(paths: &[&str]) -> Vec<Vec<u8>> {
    acomp![thumb(p).await for p in paths; concurrency 8]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a.jpg"])));
}
