//! mistake: used an eager `acomp!` (awaited in place) directly in the synchronous `fn main`
//! offending: acomp![load_chunk(c).await for c in coords]
//! category: async
use comprehensions::acomp;

struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

fn main() {
    let coords = vec![(0, 0), (0, 1), (1, 0)];
    let chunks = acomp![load_chunk(c).await for c in coords];
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}
