//! mistake: a .chunks(3) item (a slice) passed where a [u8; 3] is expected
//! offending: rgb(px)
//! category: type
use comprehensions::comp;

fn rgb(px: [u8; 3]) -> u32 {
    (px[0] as u32) << 16 | (px[1] as u32) << 8 | px[2] as u32
}

fn main() {
    let bytes: Vec<u8> = vec![255, 0, 0, 0, 255, 0];
    let colors = comp![rgb(px) for px in bytes.chunks(3)];
    println!("{colors:?}");
}
