//! mistake: awaited inside a `.map(|i| ..)` closure in the element to sum item prices (Python's `sum([await price(i) for i in o.items])`)
//! offending: price(i).await
//! category: async
use comprehensions::acomp;
use futures::stream;

struct Order {
    id: u32,
    items: Vec<String>,
}

async fn price(item: &str) -> u32 {
    item.len() as u32 * 5
}

async fn run() {
    let orders = stream::iter(vec![Order { id: 1, items: vec!["pen".into(), "ink".into()] }]);
    let totals = acomp![(o.id, o.items.iter().map(|i| price(i).await).sum::<u32>()) async for o in orders];
    println!("{totals:?}");
}

fn main() {
    futures::executor::block_on(run());
}
