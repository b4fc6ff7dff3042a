use std::rc::Rc;

use comprehensions::acomp;

async fn run() -> Vec<usize> {
    acomp![{
        let shared = Rc::new(x);
        async {}.await;
        *shared
    } for x in 0..4; concurrency = 2, spawn]
}

fn main() {
    let _ = run();
}
