// Dart's `await for` (and a Python `await` habit) for `async for`: one
// error, the loop iterated as the `async for` it means.
use comprehensions::acomp;
use futures::stream;

async fn run() {
    let temps = stream::iter(vec![20.0_f32, 25.0]);
    let _: Vec<f32> = acomp![t * 9.0 / 5.0 + 32.0 await for t in temps];
    let _: Vec<i32> = acomp![x for xs in [stream::iter(vec![1])] await for x in xs];
}

fn main() {
    let _ = run;
}
