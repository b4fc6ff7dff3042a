//! mistake: `.await` left on a synchronous `comp![..]` after porting `await asyncio.gather(*[...])`
//! offending: .await
//! category: async
use comprehensions::comp;

fn price_with_tax(cents: u32) -> u32 {
    cents * 108 / 100
}

async fn checkout(cart: &[u32]) -> u32 {
    let prices = comp![price_with_tax(c) for &c in cart].await;
    prices.iter().sum()
}

fn main() {
    println!("{}", futures::executor::block_on(checkout(&[250, 1000])));
}
