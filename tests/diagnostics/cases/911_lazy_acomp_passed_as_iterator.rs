//! mistake: a lazy `acomp!((..))` stream passed to a function that takes an `Iterator`
//! offending: acomp!((weight(i).await for i in items))
//! category: async
use comprehensions::acomp;

async fn weight(item: &str) -> u32 {
    item.len() as u32
}

fn heaviest(ws: impl Iterator<Item = u32>) -> Option<u32> {
    ws.max()
}

async fn run(items: &[&str]) -> Option<u32> {
    heaviest(acomp!((weight(i).await for i in items)))
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a", "bcd"])));
}
