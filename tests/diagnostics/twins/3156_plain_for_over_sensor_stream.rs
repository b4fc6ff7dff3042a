//! mistake: iterated a stream of sensor readings with a plain `for` instead of `async for`
//! offending: readings
//! category: async
use futures::stream::{self, Stream};

struct Reading {
    sensor: u8,
    lux: u32,
}

fn light_feed() -> impl Stream<Item = Reading> {
    stream::iter(vec![Reading { sensor: 1, lux: 80_000 }, Reading { sensor: 2, lux: 300 }])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = light_feed();
    let mut sunny = Vec::new();
    for r in readings {
        if r.lux > 10_000 {
            sunny.push(r.sensor);
        }
    }
    println!("{sunny:?}");
}
