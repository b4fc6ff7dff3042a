//! docs/reference.md, "Grammar" and "Async comprehensions": a leading `move` captures by value, so a lazy form
//! can be returned or spawned; this must hold with `concurrency = N` too.
use comprehensions::acomp;
use futures::StreamExt;

async fn double(x: usize) -> usize {
    x * 2
}

fn main() {
    futures::executor::block_on(async {
        let labels = vec![String::from("a"), String::from("b")];
        let lazy = acomp!(move (format!("{}{}", labels[i], double(i).await) for i in 0..2); concurrency = 2);
        assert_eq!(lazy.collect::<Vec<_>>().await, ["a0", "b2"]);
        let labels = vec![String::from("a"), String::from("b")];
        let eager = acomp!(move [format!("{}{}", labels[i], double(i).await) for i in 0..2]; concurrency = 2);
        assert_eq!(eager, ["a0", "b2"]);
    });
}
