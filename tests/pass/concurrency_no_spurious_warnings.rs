//! `concurrency = N` must not warn about the user's own, correctly used bindings.
#![deny(warnings)]
use comprehensions::acomp;

async fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    futures::executor::block_on(async {
        // `a` is used, by the inner iterable: no `unused_variables`.
        let v = acomp![double(b).await for a in 1..3 for b in 0..a; concurrency = 2];
        assert_eq!(v, [0, 0, 2]);
        // The element mutates `x`: no `unused_mut`.
        let w = acomp![{ x += double(x).await; x } for mut x in 1..4; concurrency = 2];
        assert_eq!(w, [3, 6, 9]);
    });
}
