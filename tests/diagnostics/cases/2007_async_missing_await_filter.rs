//! mistake: called an async predicate in the filter without `.await` (Python's `if await is_interesting(l)` without the `await`)
//! offending: is_interesting(&l)
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn is_interesting(line: &str) -> bool {
    line.contains("WARN")
}

async fn run() {
    let lines = stream::iter(vec!["WARN low disk".to_string(), "INFO ok".to_string()]);
    let hits = acomp![l async for l in lines if is_interesting(&l)];
    println!("{hits:?}");
}

fn main() {
    futures::executor::block_on(run());
}
