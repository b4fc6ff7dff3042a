//! mistake: a filter `if` left without its condition, right before the options
//! offending: if;
//! category: syntax
use comprehensions::acomp;

async fn fetch(id: u32) -> String {
    format!("item {id}")
}

async fn run(ids: Vec<u32>) -> Vec<String> {
    acomp![fetch(id).await for id in ids if; concurrency = 4]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(vec![1, 2])));
}
