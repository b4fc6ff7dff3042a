//! mistake: `.await` left on a synchronous `comp![..]` after porting `await asyncio.gather(*[...])`
//! offending: .await
//! category: async

fn price_with_tax(cents: u32) -> u32 {
    cents * 108 / 100
}

async fn checkout(cart: &[u32]) -> u32 {
    let prices = cart.iter().map(|&c| price_with_tax(c)).collect::<Vec<u32>>().await;
    prices.iter().sum()
}

fn main() {
    println!("{}", futures::executor::block_on(checkout(&[250, 1000])));
}
