use comp::acomp;
use futures::stream::{self, StreamExt};
async fn double(x: i32) -> i32 { x * 2 }
async fn parse(s: &str) -> Result<i32, std::num::ParseIntError> { s.parse() }
fn main() {
    futures::executor::block_on(async {
        let v = acomp![x async for x in stream::iter(vec![1, 2, 3]) if double(x).await > 2];
        println!("{v:?}");
        let v = acomp![await double(x) + 1 for x in 0..3];
        println!("{v:?}");
        let s = acomp!((x * 10 async for x in stream::iter(vec![1, 2, 3])));
        let v: Vec<_> = s.collect().await;
        println!("{v:?}");
        let v = acomp![item async for sub in stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]) async for item in sub];
        println!("{v:?}");
        let r = acomp![await parse(s)? for s in ["1", "2"]];
        println!("{r:?}");
        let k = 3;
        let name = String::from("n");
        let v = acomp![format!("{name}{}", double(x).await + k) for x in 0..5; concurrency = 2];
        println!("{v:?}");
        let v = acomp![(x, y) for x in 0..3 for y in 0..x if (x + y) % 2 == 0; concurrency = 2];
        println!("{v:?}");
        let r = acomp!({x: await parse(s)? for (x, s) in ["1", "2"].into_iter().enumerate(); concurrency = 4});
        println!("{r:?}");
        let l: Vec<_> = acomp!((double(x).await for x in 0..4; concurrency = 2, unordered)).collect().await;
        println!("{l:?}");
    });
}
