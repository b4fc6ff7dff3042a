use comprehensions::comp;
use futures::stream;

fn main() {
    let _ = comp![x async for x in stream::iter(vec![1, 2])];
}
