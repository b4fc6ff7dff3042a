use comp::acomp;
use futures::stream;

async fn run() {
    let _ = acomp![x async x in stream::iter(vec![1, 2])];
}

fn main() {}
