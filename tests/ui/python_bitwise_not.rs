use comprehensions::comp;

fn main() {
    let masks = [0x0Fu32, 0xF0];
    // Python: [~m & 0xFF for m in masks]
    let _ = comp![~m & 0xFF for m in &masks];
}
