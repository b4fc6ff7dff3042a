//! mistake: used `comp!` (not `acomp!`) for Modbus register reads that are awaited
//! offending: .await
//! category: async
use std::time::Duration;

async fn read_holding_register(addr: u16) -> u16 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    addr.wrapping_mul(31)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let registers: Vec<u16> = vec![40001, 40002, 40010];
    let values: Vec<(u16, u16)> = registers
        .iter()
        .copied()
        .map(|addr| (addr, read_holding_register(addr).await))
        .collect();
    println!("{values:?}");
}
