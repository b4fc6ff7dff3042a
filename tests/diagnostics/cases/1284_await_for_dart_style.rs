//! mistake: `await for x in s` (Dart's spelling, and a Python `await` habit) instead of `async for`
//! offending: await
//! category: syntax
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let temps = stream::iter(vec![21.5f32, 22.0, 19.75]);
    let fahrenheit = acomp![t * 9.0 / 5.0 + 32.0 await for t in temps];
    println!("{fahrenheit:?}");
}
