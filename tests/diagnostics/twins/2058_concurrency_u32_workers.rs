//! mistake: set `concurrency` from the config's `u32` worker count where a `usize` is expected
//! offending: cfg.io_workers
//! category: async
use futures::stream::{self, StreamExt};

struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

struct Config {
    io_workers: u32,
}

async fn stream_world(cfg: &Config) {
    let coords = vec![(0, 0), (0, 1), (1, 0), (1, 1)];
    let chunks: Vec<Chunk> = stream::iter(coords).map(load_chunk).buffered(cfg.io_workers).collect().await;
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}

fn main() {
    futures::executor::block_on(stream_world(&Config { io_workers: 4 }));
}
